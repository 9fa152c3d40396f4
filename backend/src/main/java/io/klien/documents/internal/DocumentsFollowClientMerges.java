package io.klien.documents.internal;

import io.klien.clients.ClientsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Documents of a merged duplicate client belong to the survivor (in the merge's transaction, before the delete). */
@Component
class DocumentsFollowClientMerges {

    private final DocumentRepository documents;

    DocumentsFollowClientMerges(DocumentRepository documents) {
        this.documents = documents;
    }

    @EventListener
    void on(ClientsMerged merged) {
        documents.moveClient(merged.mergedId(), merged.survivorId());
    }
}
