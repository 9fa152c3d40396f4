package io.klien.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import io.klien.shared.DomainException;
import org.junit.jupiter.api.Test;

/** Bodies are Markdown with known merge fields only; values are text; raw HTML never reaches a page. */
class ContractMarkupTests {

    static Map<String, String> values(String clientName) {
        return MergeValues.of("Hadiwijaya & Partners", clientName, "Budi Santoso",
                TermsRules.validated(TermsRulesTests.goodTerms()), LocalDate.of(2027, 1, 1), "en");
    }

    @Test
    void mergeFieldsAreFilledAndRendered() {
        String html = ContractMarkup.preview("# Agreement\n\nBetween **{{firm.name}}** and {{client.name}}, "
                + "fee {{terms.fee}}, from {{terms.start}}.", values("PT Maju Jaya"));

        assertThat(html).contains("<h1>Agreement</h1>", "<strong>Hadiwijaya &amp; Partners</strong>",
                "PT Maju Jaya", "IDR", "15,000,000", "January 1, 2027");
        assertThat(html).doesNotContain("{{");
    }

    @Test
    void anUnknownMergeFieldIsAnErrorNamingIt() {
        assertThatThrownBy(() -> ContractMarkup.validated("Dear {{client.nmae}},"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("contracts.template.unknown-field");
                    assertThat(e.arguments()).containsExactly("client.nmae");
                    assertThat(e.field()).contains("body");
                });
        assertThatThrownBy(() -> ContractMarkup.merge("Dear {{client.name}} of {{client.city}}",
                Map.of("client.name", "X"))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.arguments()).containsExactly("client.city"));
    }

    @Test
    void aTemplateWithAScriptTagIsRefused() {
        assertThatThrownBy(() -> ContractMarkup.validated("Terms\n\n<script>alert('x')</script>\n"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("contracts.template.raw-html");
                    assertThat(e.arguments()[0].toString()).contains("<script>");
                });
        assertThatThrownBy(() -> ContractMarkup.validated("Click <a href=\"javascript:x()\">here</a>"))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> ContractMarkup.validated("![logo](https://evil.example/track.png)"))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void valuesAreTextNeverMarkup() {
        String html = ContractMarkup.preview("Client: {{client.name}}",
                values("<img src=x onerror=alert(1)> **Evil** [link](javascript:alert(1))"));

        assertThat(html).doesNotContain("<img", "<strong>", "<a ", "href");
        assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt; **Evil** [link](javascript:alert(1))");
    }

    @Test
    void markdownLinksWithScriptUrlsAreNeutralised() {
        String html = ContractMarkup.toHtml("[pay here](javascript:alert(1)) and [site](https://klien.example)");

        assertThat(html).doesNotContain("javascript:");
        assertThat(html).contains("href=\"https://klien.example\"");
    }
}
