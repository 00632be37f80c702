package org.jixiao.orgs;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.kernel.Allow;
import org.jixiao.kernel.Permission;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST door to the org tree: the tree of the caller's scope, create and rename (administrators), CSV in and out. */
@RestController
@RequestMapping("/api/v1/orgs")
class OrgApi {
    private final Orgs orgs;

    OrgApi(Orgs orgs) { this.orgs = orgs; }

    /** A node of the tree as JSON, children nested. */
    record Node(long id, String name, String code, Level level, String levelLabel, List<Node> children) {}

    record OrgRequest(Long parentId, String name, String code, String level) {}

    @Allow(Permission.SIGNED_IN)
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<Node> tree() {
        List<Org> visible = orgs.visible();
        Map<Long, Node> nodes = new LinkedHashMap<>();
        List<Node> roots = new ArrayList<>();
        for (Org o : visible) { // parents come first (ordered by path)
            Node n = new Node(o.id(), o.name(), o.code(), o.level(), o.level().label(), new ArrayList<>());
            nodes.put(o.id(), n);
            Node parent = o.parentId() == null ? null : nodes.get(o.parentId());
            if (parent == null) roots.add(n); else parent.children().add(n);
        }
        return roots;
    }

    @Allow(Permission.ORG_ADMIN)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Org> create(@RequestBody OrgRequest r) {
        Long parent = r.parentId() != null ? r.parentId() : orgs.root().id();
        Org created = orgs.create(parent, r.name(), blank(r.code()), Level.parse(r.level()));
        return ResponseEntity.created(URI.create("/api/v1/orgs/" + created.id())).body(created);
    }

    @Allow(Permission.ORG_ADMIN)
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Org update(@PathVariable long id, @RequestBody OrgRequest r) {
        return orgs.update(id, r.name(), blank(r.code()));
    }

    @Allow(Permission.SIGNED_IN)
    @GetMapping(path = "/export", produces = "text/csv;charset=UTF-8")
    ResponseEntity<String> export() {
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"orgs.csv\"")
                .body(orgs.exportCsv());
    }

    @Allow(Permission.ORG_ADMIN)
    @PostMapping(path = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
    Orgs.ImportResult importCsv(@RequestBody String csv) {
        return orgs.importCsv(csv);
    }

    private static String blank(String s) { return s == null || s.isBlank() ? null : s.trim(); }
}
