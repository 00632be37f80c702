package org.jixiao.orgs;

import org.jixiao.kernel.Permission;
import org.jixiao.kernel.Allow;
import org.jixiao.kernel.HtmlPages;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jixiao.kernel.TextDecoding;
import org.jixiao.kernel.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's org page: the tree as a table, adding an org, CSV import (file or pasted) and export. */
@Controller
@RequestMapping("/orgs")
class OrgPages implements HtmlPages {
    private final Orgs orgs;

    OrgPages(Orgs orgs) { this.orgs = orgs; }

    @Allow(Permission.ORG_ADMIN)
    @GetMapping
    String index(Model model) {
        model.addAttribute("orgs", orgs.visible());
        model.addAttribute("levels", Level.values());
        return "orgs/index";
    }

    @Allow(Permission.ORG_ADMIN)
    @PostMapping
    String create(@RequestParam long parentId, @RequestParam String name, @RequestParam(required = false) String code,
                  @RequestParam String level, RedirectAttributes flash) {
        try {
            Org o = orgs.create(parentId, name, code == null || code.isBlank() ? null : code.trim(), Level.parse(level));
            flash.addFlashAttribute("done", o.name());
        } catch (ValidationException e) {
            flash.addFlashAttribute("problems", lines(e));
        }
        return "redirect:/orgs";
    }

    /** Flash attributes travel in the (database) session: plain strings only. */
    private static java.util.List<String> lines(ValidationException e) {
        return e.violations().stream().map(v -> v.zh() + " / " + v.en()).toList();
    }

    @Allow(Permission.ORG_ADMIN)
    @PostMapping("/import")
    String importCsv(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String csv,
                     RedirectAttributes flash) {
        try {
            String text = file != null && !file.isEmpty() ? TextDecoding.decode(file.getBytes()) : csv == null ? "" : csv;
            Orgs.ImportResult r = orgs.importCsv(text);
            flash.addFlashAttribute("imported", java.util.List.of(r.created(), r.updated(), r.unchanged()));
        } catch (ValidationException e) {
            flash.addFlashAttribute("problems", lines(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/orgs";
    }
}
