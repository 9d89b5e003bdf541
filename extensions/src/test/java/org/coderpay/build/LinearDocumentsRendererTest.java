package org.coderpay.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.junit.jupiter.api.Test;

/** Previous/next as JBake's DocumentsRenderer gives them, from one pass; the store's bulk update is there. */
class LinearDocumentsRendererTest {

    @Test
    void neighboursAreTheNearestPublishedPagesOfTheSameTypeInNewestFirstOrder() {
        // Newest first, as the store returns them; two types interleaved and a draft in the middle.
        List<DocumentModel> pages = new ArrayList<>(List.of(
                page("a1", "article", "published"), page("h1", "home", "published"),
                page("a2", "article", "draft"), page("a3", "article", "published"),
                page("a4", "article", "published")));
        LinearDocumentsRenderer.linkNeighbours(pages);

        assertThat(neighbours(pages.get(0))).isEqualTo("prev=a3 next=-");
        assertThat(neighbours(pages.get(1))).isEqualTo("prev=- next=-");
        assertThat(neighbours(pages.get(2))).as("a draft gets neighbours too, as in JBake").isEqualTo("prev=a3 next=a1");
        assertThat(neighbours(pages.get(3))).as("the draft is skipped").isEqualTo("prev=a4 next=a1");
        assertThat(neighbours(pages.get(4))).isEqualTo("prev=- next=a3");
    }

    @Test
    void theStoreStillHasTheCommandMethodTheBulkUpdateUses() throws Exception {
        assertThat(ContentStore.class.getDeclaredMethod("executeCommand", String.class, Object[].class)).isNotNull();
    }

    private static DocumentModel page(String title, String type, String status) {
        DocumentModel doc = new DocumentModel();
        doc.setTitle(title);
        doc.setType(type);
        doc.setStatus(status);
        doc.setUri(title + ".html");
        return doc;
    }

    private static String neighbours(DocumentModel doc) {
        return "prev=" + title(doc.get(ModelAttributes.PREVIOUS_CONTENT)) + " next=" + title(doc.get(ModelAttributes.NEXT_CONTENT));
    }

    private static String title(Object doc) {
        return doc == null ? "-" : ((DocumentModel) doc).getTitle();
    }
}
