package org.seedbed.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import org.primefaces.model.file.UploadedFile;
import org.seedbed.orgunit.boundary.ImportReport;
import org.seedbed.orgunit.boundary.OrgUnitForm;
import org.seedbed.orgunit.boundary.OrgUnitView;
import org.seedbed.orgunit.boundary.OrgUnits;
import org.seedbed.problem.FieldProblem;
import org.seedbed.problem.SeedbedProblem;

/** City admin page: the org unit tree, adding, renaming and deleting units, CSV import. */
@Named
@ViewScoped
public class OrgUnitsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrgUnits orgUnits;

    @Inject
    Language language;

    private TreeNode<OrgUnitView> root;
    private TreeNode<OrgUnitView> selected;
    private String nameZh;
    private String nameEn;
    private String code;
    private transient UploadedFile upload;
    private ImportReport lastImport;

    public TreeNode<OrgUnitView> getRoot() {
        if (root == null) {
            root = buildTree(orgUnits.all());
        }
        return root;
    }

    /** Loads the selected unit into the form. */
    public void onSelect() {
        if (selected != null) {
            OrgUnitView unit = selected.getData();
            nameZh = unit.nameZh();
            nameEn = unit.nameEn();
            code = unit.code();
        }
    }

    public void addChild() {
        if (selected == null) {
            Texts.error("orgUnits.selectFirst");
            return;
        }
        try {
            OrgUnitView created =
                    orgUnits.create(new OrgUnitForm(selected.getData().id(), nameZh, nameEn, code, null, null));
            Texts.info("orgUnits.created", name(created));
            reload(created.id());
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    public void rename() {
        if (selected == null) {
            Texts.error("orgUnits.selectFirst");
            return;
        }
        try {
            OrgUnitView unit = selected.getData();
            orgUnits.update(unit.id(), new OrgUnitForm(unit.parentId(), nameZh, nameEn, code, null, unit.version()));
            Texts.info("orgUnits.saved");
            reload(unit.id());
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    public void delete() {
        if (selected == null) {
            Texts.error("orgUnits.selectFirst");
            return;
        }
        try {
            OrgUnitView unit = selected.getData();
            orgUnits.delete(unit.id());
            Texts.info("orgUnits.deleted");
            reload(unit.parentId());
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    public void importCsv(boolean dryRun) {
        if (upload == null || upload.getSize() == 0) {
            Texts.error("orgUnits.import.noFile");
            return;
        }
        try (InputStreamReader reader = new InputStreamReader(upload.getInputStream(), StandardCharsets.UTF_8)) {
            lastImport = orgUnits.importCsv(reader, dryRun);
            if (lastImport.applied()) {
                Texts.info(
                        dryRun ? "orgUnits.import.checked" : "orgUnits.import.done",
                        lastImport.created(),
                        lastImport.alreadyPresent());
                if (!dryRun) {
                    reload(null);
                }
            } else {
                for (FieldProblem problem : lastImport.problems()) {
                    Texts.error("orgUnits.import.problem", problem.message(language.getLocale()));
                }
            }
        } catch (IOException e) {
            Texts.error("orgUnits.import.unreadable");
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    public String name(OrgUnitView unit) {
        return unit.name(language.getLocale());
    }

    /** Rebuilds the tree and keeps the unit just worked on selected and visible. */
    private void reload(Long selectId) {
        root = buildTree(orgUnits.all());
        selected = null;
        nameZh = nameEn = code = null;
        if (selectId != null) {
            select(root, selectId);
        }
    }

    private boolean select(TreeNode<OrgUnitView> node, long id) {
        for (TreeNode<OrgUnitView> child : node.getChildren()) {
            if (child.getData().id() == id || select(child, id)) {
                if (child.getData().id() == id) {
                    child.setSelected(true);
                    selected = child;
                    onSelect();
                } else {
                    child.setExpanded(true);
                }
                return true;
            }
        }
        return false;
    }

    private static TreeNode<OrgUnitView> buildTree(List<OrgUnitView> units) {
        TreeNode<OrgUnitView> top = new DefaultTreeNode<>(null, null);
        Map<Long, TreeNode<OrgUnitView>> nodes = new HashMap<>();
        // Units come top-down (by level), so a parent's node exists before its children's.
        for (OrgUnitView unit : units) {
            TreeNode<OrgUnitView> parent = unit.parentId() == null ? top : nodes.getOrDefault(unit.parentId(), top);
            TreeNode<OrgUnitView> node = new DefaultTreeNode<>(unit.level().name(), unit, parent);
            node.setExpanded(unit.level().ordinal() < 1);
            nodes.put(unit.id(), node);
        }
        return top;
    }

    public TreeNode<OrgUnitView> getSelected() {
        return selected;
    }

    public void setSelected(TreeNode<OrgUnitView> selected) {
        this.selected = selected;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    public ImportReport getLastImport() {
        return lastImport;
    }
}
