package org.jixiao.publish.importing;

import org.jixiao.kernel.Permission;
import org.jixiao.kernel.Allow;
import org.jixiao.kernel.HtmlPages;
import java.io.IOException;
import java.util.List;
import org.jixiao.publish.parse.ParseWarning;
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
 * The import page: paste text or upload a file → preview of the tables recognised, with the parser's warnings
 * highlighted at their lines → confirm → the new scorecard. Same {@link Imports} service as the API and the CLI.
 */
@Controller
@RequestMapping("/imports")
class ImportPage implements HtmlPages {
    private final Imports imports;

    ImportPage(Imports imports) { this.imports = imports; }

    /** One line of the document as previewed, with the warnings that concern it. */
    public record Line(int number, String text, List<String> warnings) {}

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
        if (file != null && !file.isEmpty()) {
            p = imports.preview(file.getOriginalFilename() == null ? "upload.txt" : file.getOriginalFilename(), file.getBytes());
        } else if (!text.isBlank()) {
            p = imports.preview("pasted.txt", text);
        } else {
            model.addAttribute("error", "import.empty");
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
        model.addAttribute("lines", lines(text, p.document().warnings()));
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
            model.addAttribute("violations", e.violations());
            return show(id, htmx, model);
        }
    }

    /** The document's lines with warnings attached, so the page can highlight them where they are. */
    static List<Line> lines(String text, List<ParseWarning> warnings) {
        String[] raw = text.split("\\R", -1);
        List<Line> out = new java.util.ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            int n = i + 1;
            List<String> here = warnings.stream().filter(w -> w.line() == n).map(ParseWarning::message).toList();
            out.add(new Line(n, raw[i], here));
        }
        return out;
    }

    @ExceptionHandler(ValidationException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(ValidationException e, Model model) {
        model.addAttribute("violations", e.violations());
        return "imports/index";
    }
}
