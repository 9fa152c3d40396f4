package io.klien.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class DocumentPolicyTests {

    @Test
    void aPolicyNamesWhatItAcceptsByExtensionInAFixedOrder() {
        DocumentPolicy all = new DocumentPolicy(EnumSet.allOf(DocumentType.class), 1024);

        assertThat(all.acceptedExtensions())
                .isEqualTo(".pdf, .png, .jpg, .webp, .gif, .docx, .xlsx, .pptx, .zip, .txt, .csv");
        assertThat(DocumentPolicy.of(1024, DocumentType.PNG, DocumentType.PDF).acceptedExtensions()).isEqualTo(".pdf, .png");
        assertThat(DocumentPolicy.of(1024, DocumentType.PDF).accepts(DocumentType.PNG)).isFalse();
    }

    @Test
    void aPolicyMustAcceptSomethingAndAllowSomeBytes() {
        assertThatThrownBy(() -> new DocumentPolicy(EnumSet.noneOf(DocumentType.class), 1024))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DocumentPolicy.of(0, DocumentType.PDF)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOwnerKindIsAnUpperCaseIdentifier() {
        assertThat(new DocumentOwner("ONBOARDING_STEP", UUID.randomUUID(), null).kind()).isEqualTo("ONBOARDING_STEP");
        assertThatThrownBy(() -> new DocumentOwner("onboarding step", UUID.randomUUID(), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentOwner("A".repeat(51), UUID.randomUUID(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textIsServedAsUtf8() {
        assertThat(DocumentType.CSV.contentTypeHeader()).isEqualTo("text/csv; charset=UTF-8");
        assertThat(DocumentType.PDF.contentTypeHeader()).isEqualTo("application/pdf");
    }
}
