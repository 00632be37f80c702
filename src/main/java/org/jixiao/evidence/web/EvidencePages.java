package org.jixiao.evidence.web;

import java.util.List;
import org.jixiao.evidence.store.EvidenceFiles;
import org.jixiao.kernel.Allow;
import org.jixiao.kernel.Permission;
import org.jixiao.kernel.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The upload form of the evidence section (target table and monitoring pages); back to the page it came from. */
@Controller
class EvidencePages implements org.jixiao.kernel.HtmlPages {
    private final EvidenceFiles files;

    EvidencePages(EvidenceFiles files) { this.files = files; }

    @Allow(Permission.SCORECARD_WRITE)
    @PostMapping("/evidence/{id}")
    String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(required = false) String attach, @RequestParam(required = false) String back,
                  RedirectAttributes flash) {
        Integer indicator = null;
        Long round = null;
        if (attach != null && attach.startsWith("indicator:")) indicator = Integer.valueOf(attach.substring(10));
        if (attach != null && attach.startsWith("round:")) round = Long.valueOf(attach.substring(6));
        try {
            files.attach(id, indicator, round, file == null ? null : file.getOriginalFilename(), EvidenceApi.bytes(file));
            flash.addFlashAttribute("done", true);
        } catch (ValidationException e) {
            flash.addFlashAttribute("refusedZh", "上传未完成");
            flash.addFlashAttribute("refusedEn", "the upload was refused");
            boolean en = "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
            flash.addFlashAttribute("problems", e.violations().stream().map(v -> en ? v.en() : v.zh()).toList()); // the page's language
        }
        // only back to our own pages (no open redirect)
        boolean ours = back != null && back.matches("/(targets|monitoring)/\\d+");
        return "redirect:" + (ours ? back : "/targets/" + id);
    }

    static List<String> none() { return List.of(); }
}
