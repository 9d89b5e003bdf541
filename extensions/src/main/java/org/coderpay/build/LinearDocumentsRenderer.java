package org.coderpay.build;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coderpay.bake.SiteRenderingStep;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.template.RenderingException;

/**
 * Renders every page that has a source file, in time proportional to the number of pages. It does what
 * JBake 2.7's {@code DocumentsRenderer} does, minus the square: that one asks the content store for every
 * document of a type, sorted, for each page it renders, searches that list for the page's neighbours and
 * then updates the store for that one page. Here there is one query for all unrendered documents (newest
 * first, as JBake sorts them), previous/next come from one pass over each type's pages, and the store
 * marks every document rendered with one statement at the end, so JBake's own {@code DocumentsRenderer},
 * which JBake still runs after our pipeline, finds nothing left to render.
 *
 * <p>Previous/next follow JBake's rule exactly (within one type, newest first, the nearest published page
 * on either side; "previous" is the older one), so a layout that reads {@code previousContent} or
 * {@code nextContent} sees what it saw before.
 */
public final class LinearDocumentsRenderer extends SiteRenderingStep {
    /** What {@code ContentStore.markContentAsRendered} runs per page, for all pages at once. */
    static final String MARK_ALL_RENDERED = "update Documents set rendered=true where rendered=false and cached=true";

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        List<DocumentModel> documents = new ArrayList<>(db.getUnrenderedContent());
        linkNeighbours(documents);
        List<String> errors = new ArrayList<>();
        int rendered = 0;
        for (DocumentModel document : documents) {
            try {
                renderer.render(document);
                rendered++;
            } catch (Exception e) {
                errors.add(e.getMessage());
            }
        }
        markAllRendered(db);
        if (!errors.isEmpty()) {
            throw new RenderingException("Failed to render documents. Cause(s):\n" + String.join("\n", errors));
        }
        return rendered;
    }

    /**
     * Sets each document's previous (the nearest older published page of its type) and next (the nearest
     * newer one) from one pass each way over its type's pages, kept in the store's newest-first order.
     */
    static void linkNeighbours(List<DocumentModel> newestFirst) {
        Map<String, List<DocumentModel>> byType = new LinkedHashMap<>();
        for (DocumentModel document : newestFirst) {
            byType.computeIfAbsent(document.getType(), t -> new ArrayList<>()).add(document);
        }
        for (List<DocumentModel> ofType : byType.values()) {
            DocumentModel newer = null;
            for (DocumentModel document : ofType) {
                document.setNextContent(newer == null ? null : navigationEntry(newer));
                if (isPublished(document)) {
                    newer = document;
                }
            }
            DocumentModel older = null;
            for (int i = ofType.size() - 1; i >= 0; i--) {
                DocumentModel document = ofType.get(i);
                document.setPreviousContent(older == null ? null : navigationEntry(older));
                if (isPublished(document)) {
                    older = document;
                }
            }
        }
    }

    private static boolean isPublished(DocumentModel document) {
        return ModelAttributes.Status.PUBLISHED.equals(document.getStatus());
    }

    /** The small model JBake gives templates for a neighbour: its addresses and title. */
    private static DocumentModel navigationEntry(DocumentModel document) {
        DocumentModel entry = new DocumentModel();
        entry.setNoExtensionUri(document.getNoExtensionUri());
        entry.setUri(document.getUri());
        entry.setTitle(document.getTitle());
        return entry;
    }

    /**
     * One statement instead of one per page. {@code ContentStore} has no public bulk method; its private
     * {@code executeCommand} is the one every one of its updates goes through (jbake-core 2.7.0, pinned in
     * both poms; {@code LinearDocumentsRendererTest} fails if an upgrade removes it).
     */
    static void markAllRendered(ContentStore db) throws RenderingException {
        try {
            Method execute = ContentStore.class.getDeclaredMethod("executeCommand", String.class, Object[].class);
            execute.setAccessible(true);
            execute.invoke(db, MARK_ALL_RENDERED, new Object[0]);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("This JBake version's ContentStore has no executeCommand(String, Object...): "
                    + "LinearDocumentsRenderer needs updating for it", e);
        } catch (InvocationTargetException e) {
            throw new RenderingException("Cannot mark the pages as rendered in JBake's content store: "
                    + e.getCause().getMessage(), e.getCause());
        }
    }
}
