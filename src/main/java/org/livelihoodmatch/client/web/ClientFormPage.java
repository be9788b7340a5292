package org.livelihoodmatch.client.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.livelihoodmatch.client.ClientRecords;
import org.livelihoodmatch.system.TypedText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registering a client ({@code /clients/new}) and editing one ({@code /clients/{id}/edit}) in the
 * browser: her whole profile as the API takes it, checked by the same rules, each problem beside
 * its field in the page's language with everything typed kept, then back to her page. An edit
 * carries the version it read; one that someone else's save overtook says so instead of overwriting
 * it. Another organisation's client is not found.
 */
@Controller
class ClientFormPage {

  static final String FORM = "client/form";

  private final ClientRecords records;
  private final ClientFormChoices choices;
  private final ClientFormSubmission submission;
  private final MessageSource messages;

  ClientFormPage(
      ClientRecords records,
      ClientFormChoices choices,
      ClientFormSubmission submission,
      MessageSource messages) {
    this.records = records;
    this.choices = choices;
    this.submission = submission;
    this.messages = messages;
  }

  @InitBinder("client")
  void initBinder(WebDataBinder binder) {
    TypedText.register(binder);
  }

  @GetMapping("/clients/new")
  String initCreationForm(Model model, Locale locale) {
    ClientPageForm form = new ClientPageForm();
    form.padRows();
    model.addAttribute("client", form);
    return show(form, null, null, model, locale);
  }

  @PostMapping("/clients/new")
  String processCreationForm(
      @ModelAttribute("client") ClientPageForm form,
      BindingResult result,
      @RequestParam(required = false) String addRow,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    if (addRow != null) {
      return moreRows(form, addRow, null, model, locale);
    }
    ClientFormSubmission.Outcome outcome = submission.submit(form, result, records::register);
    if (outcome.id() == null) {
      response.setStatus(outcome.status());
      form.keepRows();
      return show(form, null, result, model, locale);
    }
    redirect.addFlashAttribute("notice", saved("officer.client.registered", form, locale));
    return "redirect:/clients/" + outcome.id();
  }

  @GetMapping("/clients/{id}/edit")
  String initUpdateForm(@PathVariable UUID id, Model model, Locale locale) {
    ClientRecords.Editable her = records.edit(id);
    ClientPageForm form = ClientFormMapping.toPage(her.form());
    form.padRows();
    model.addAttribute("client", form);
    return show(form, her, null, model, locale);
  }

  @PostMapping("/clients/{id}/edit")
  String processUpdateForm(
      @PathVariable UUID id,
      @ModelAttribute("client") ClientPageForm form,
      BindingResult result,
      @RequestParam(required = false) String addRow,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    ClientRecords.Editable her = records.edit(id); // hers, or not found; an audited read
    if (addRow != null) {
      return moreRows(form, addRow, her, model, locale);
    }
    ClientFormSubmission.Outcome outcome =
        submission.submit(
            form,
            result,
            client -> {
              records.update(id, client);
              return id;
            });
    if (outcome.id() == null) {
      response.setStatus(outcome.status());
      if (outcome.stale()) {
        // told, she may save her answers over the newer record, or open it and compare first
        form.version = records.edit(id).form().version();
        model.addAttribute("stale", true);
      }
      form.keepRows();
      return show(form, her, result, model, locale);
    }
    redirect.addFlashAttribute("notice", saved("officer.client.updated", form, locale));
    return "redirect:/clients/" + id;
  }

  /** The form again with one more empty row of a list, nothing checked or stored. */
  private String moreRows(
      ClientPageForm form, String list, ClientRecords.Editable her, Model model, Locale locale) {
    form.keepRows();
    form.addRow(list);
    model.addAttribute("addedRow", list);
    return show(form, her, null, model, locale);
  }

  private String show(
      ClientPageForm form,
      ClientRecords.Editable her,
      BindingResult result,
      Model model,
      Locale locale) {
    model.addAttribute("choices", choices.in(locale, form));
    model.addAttribute("rows", ClientPageForm.Rows.of(form));
    model.addAttribute("summary", ErrorSummary.of(result, messages, locale));
    model.addAttribute("her", her);
    model.addAttribute("action", her == null ? "/clients/new" : "/clients/" + her.id() + "/edit");
    return FORM;
  }

  private String saved(String key, ClientPageForm form, Locale locale) {
    return messages.getMessage(
        key, new Object[] {form.givenName.strip() + " " + form.familyName.strip()}, locale);
  }
}
