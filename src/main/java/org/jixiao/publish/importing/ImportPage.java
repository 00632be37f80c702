package org.jixiao.publish.importing;

import org.jixiao.kernel.Permission;
import org.jixiao.kernel.Allow;
import org.jixiao.kernel.HtmlPages;
import java.io.IOException;
import java.util.List;
import org.jixiao.kernel.Violation;
import org.jixiao.publish.parse.ParseWarning;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.sheet.FieldLabels;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.jixiao.kernel.ValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The import page: paste text or upload a file → preview: the tables recognised, column by column, beside the source
 * lines with the text no cell took and the parser's warnings marked ({@link SourceUse}) → confirm → the new scorecard. Same {@link Imports} service as the API and the CLI.
 */
@Controller
@RequestMapping("/imports")
class ImportPage implements HtmlPages {
    private final Imports imports;
    private final FieldLabels labels;
    private final MessageSource messages;

    ImportPage(Imports imports, FieldLabels labels, MessageSource messages) {
        this.imports = imports;
        this.labels = labels;
        this.messages = messages;
    }

    @Allow(Permission.IMPORT)
    @GetMapping
    String form() {
        return "imports/index";
    }

    @Allow(Permission.IMPORT)
    @PostMapping("/preview")
    String preview(@RequestParam(defaultValue = "") String text, @RequestParam(required = false) MultipartFile file,
                   @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) throws IOException {
        Imports.Preview p;
        try {
            if (file != null && !file.isEmpty()) {
                String name = file.getOriginalFilename() == null ? "upload.txt" : file.getOriginalFilename();
                Imports.Received received = imports.receive(name, file.getBytes());
                p = received.preview();
                model.addAttribute("readAs", readAs(name, received.readAs()));
            } else if (!text.isBlank()) {
                p = imports.preview("pasted.txt", text);
            } else {
                model.addAttribute("error", "import.empty");
                return htmx != null ? "imports/index :: result" : "imports/index";
            }
        } catch (ValidationException e) {
            // a workbook that cannot be read: said in the result box (htmx swaps a 200, not a 400), nothing stored
            model.addAttribute("violations", messages(e.violations(), List.of()));
            return htmx != null ? "imports/index :: result" : "imports/index";
        }
        return show(p.id(), htmx, model);
    }

    @Allow(Permission.IMPORT)
    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Imports.Preview p = imports.find(id).orElseThrow(() -> new ImportNotFoundException(id));
        String text = imports.text(id);
        model.addAttribute("preview", p);
        model.addAttribute("budgets", p.document().tables().stream().map(t -> PreviewBudget.of(t.budget())).toList());
        List<ParseWarning> warnings = p.document().warnings().stream()
                .map(w -> new ParseWarning(w.line(), inLanguage(w.message(), LocaleContextHolder.getLocale()))).toList();
        SourceUse.Marked marked = SourceUse.mark(text, p.document(), warnings);
        model.addAttribute("warnings", warnings);
        model.addAttribute("lines", marked.lines());
        model.addAttribute("skippedLines", marked.skippedLines());
        model.addAttribute("warningCount", p.document().warnings().size());
        return htmx != null ? "imports/index :: result" : "imports/index";
    }

    @Allow(Permission.IMPORT)
    @PostMapping("/{id}/confirm")
    String confirm(@PathVariable long id, @RequestParam(defaultValue = "false") boolean replace,
                   @RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response,
                   jakarta.servlet.http.HttpServletRequest request, Model model) {
        try {
            List<Imports.Outcome> outcomes = imports.confirm(id, replace);
            String target = outcomes.size() == 1 ? "/scorecards/" + outcomes.get(0).scorecardId() : "/scorecards";
            // say what happened: a table that exists already is shown, not imported again (unless replaced)
            boolean matched = outcomes.stream().anyMatch(o -> Imports.Outcome.UNCHANGED.equals(o.action()));
            boolean replaced = outcomes.stream().anyMatch(o -> Imports.Outcome.REPLACED.equals(o.action()));
            var flash = org.springframework.web.servlet.support.RequestContextUtils.getOutputFlashMap(request);
            flash.put("notice", matched ? "notice.importMatched" : replaced ? "notice.importReplaced" : "notice.importCreated");
            flash.setTargetRequestPath(target);
            org.springframework.web.servlet.support.RequestContextUtils.saveOutputFlashMap(target, request, response);
            if (htmx != null) {
                response.setHeader("HX-Redirect", target);
                return "imports/index :: empty";
            }
            return "redirect:" + target;
        } catch (ValidationException e) {
            model.addAttribute("violations", messages(e.violations(),
                    imports.find(id).map(p -> p.document().tables()).orElse(List.of())));
            return show(id, htmx, model);
        }
    }

    /**
     * Each refusal as a sentence in the page's language, naming the table (when the document has several) and the
     * indicator by its 序号 and name — 「tables[0].indicators[2].score」 is no word for a person.
     */
    private List<String> messages(List<Violation> violations, List<Scorecard> tables) {
        java.util.Locale locale = LocaleContextHolder.getLocale();
        return violations.stream().map(v -> {
            java.util.regex.Matcher m = TABLE.matcher(v.field() == null ? "" : v.field());
            if (!m.find()) return labels.message(v, null, locale);
            int t = Integer.parseInt(m.group(1));
            Scorecard table = t < tables.size() ? tables.get(t) : null;
            String sentence = labels.message(new Violation(v.field().substring(m.end()), v.zh(), v.en()), table, locale);
            if (tables.size() < 2) return sentence;
            String name = table == null ? null : table.title() != null ? table.title() : table.project();
            return messages.getMessage("import.ofTable", new Object[] {t + 1, name == null ? "" : name, sentence}, locale);
        }).toList();
    }

    /** How an uploaded file was read, in the page's language: a person whose file came out wrong sees why. */
    private String readAs(String file, Imports.Reading how) {
        String key = how.workbook() ? "import.readAs.excel" : how.webPage() ? "import.readAs.html" : "import.readAs.text";
        return messages.getMessage(key, new Object[] {file, how.encoding()}, LocaleContextHolder.getLocale());
    }

    private static final java.util.regex.Pattern TABLE = java.util.regex.Pattern.compile("^tables\\[(\\d+)\\]\\.");

    /** The page language's half of a parser warning ("第3行: … / line 3: …"): one language per page. */
    static String inLanguage(String message, java.util.Locale locale) {
        int slash = message.indexOf(" / line ");
        if (slash < 0) slash = message.lastIndexOf(" / ");
        if (slash < 0) return message;
        return "en".equals(locale.getLanguage()) ? message.substring(slash + 3) : message.substring(0, slash);
    }

    @ExceptionHandler(ValidationException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(ValidationException e, Model model) {
        model.addAttribute("violations", messages(e.violations(), List.of()));
        return "imports/index";
    }
}
