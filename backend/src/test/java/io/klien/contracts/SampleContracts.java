package io.klien.contracts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

/**
 * Contracts as the signing flow will hand them over: an engagement letter in Bahasa Indonesia of about ten pages,
 * signed by three people (one with a drawn signature), with its trail of events.
 */
public final class SampleContracts {

    public static final String FIRM = "Kantor Hukum Sinar Jaya & Rekan";
    public static final Instant SENT = Instant.parse("2026-12-01T02:00:00Z");

    private SampleContracts() {
    }

    /** An engagement letter of {@code clauses} clauses (40 make ten pages) signed by three signatories. */
    public static ContractDocument engagementLetter(String title, int clauses) {
        StringBuilder body = new StringBuilder();
        body.append("# Surat Perjanjian Jasa Hukum\n\n")
                .append("Perjanjian ini dibuat antara **").append(FIRM).append("** (\"Firma\") dan **PT Maju Bersama ")
                .append("Sejahtera** (\"Klien\"), diwakili oleh Ibu Ayu Ñoviantí Pérez dan Bapak Raden Mas Šuhartono.\n\n");
        for (int i = 1; i <= clauses; i++) {
            body.append("## Pasal ").append(i).append(". Ruang lingkup layanan ").append(i).append("\n\n")
                    .append("Firma akan memberikan nasihat hukum mengenai *kepatuhan*, perizinan usaha dan penyelesaian ")
                    .append("sengketa, termasuk peninjauan kontrak pemasok, korespondensi dengan otoritas, dan ")
                    .append("pendampingan dalam rapat umum pemegang saham. Biaya jasa sebesar Rp 25.000.000 per bulan ")
                    .append("dibayar paling lambat tanggal 10 setiap bulan.\n\n")
                    .append("- Kuota: 20 jam per bulan; kelebihan jam ditagih Rp 1.500.000 per jam.\n")
                    .append("- Denda keterlambatan: 0,1% per hari dari jumlah yang terlambat.\n")
                    .append("- Pengakhiran: dengan pemberitahuan tertulis 30 hari sebelumnya.\n\n");
        }
        body.append("<script>alert('x')</script> is printed as text, never run.\n");
        List<Signatory> signatories = List.of(
                new Signatory("Ayu Ñoviantí Pérez", "ayu@majubersama.co.id", "PT Maju Bersama Sejahtera",
                        Instant.parse("2026-12-02T03:15:30Z"), "203.0.113.7",
                        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
                        drawnSignature()),
                new Signatory("Raden Mas Šuhartono", "suhartono@majubersama.co.id", "PT Maju Bersama Sejahtera",
                        Instant.parse("2026-12-02T04:01:02Z"), "198.51.100.23", "Mozilla/5.0 (iPhone) Safari/604.1",
                        null),
                new Signatory("Dewi Lestari, S.H., M.H.", "dewi@sinarjaya.law", FIRM,
                        Instant.parse("2026-12-02T07:45:00Z"), "192.0.2.10", "Mozilla/5.0 (Windows NT 10.0) Firefox/133.0",
                        null));
        List<SigningEvent> events = new ArrayList<>();
        events.add(new SigningEvent(SENT, "Dikirim untuk ditandatangani", "Dewi Lestari, S.H., M.H.", "192.0.2.10",
                "Mozilla/5.0 (Windows NT 10.0) Firefox/133.0"));
        for (Signatory s : signatories) {
            events.add(new SigningEvent(s.signedAt().minusSeconds(120), "Dibuka", s.name(), s.ipAddress(), s.userAgent()));
            events.add(new SigningEvent(s.signedAt(), "Ditandatangani", s.name(), s.ipAddress(), s.userAgent()));
        }
        return new ContractDocument(title, FIRM, Locale.forLanguageTag("id"), ZoneId.of("Asia/Jakarta"),
                body.toString(), List.of(new ContractParty(FIRM, "Firma"),
                        new ContractParty("PT Maju Bersama Sejahtera", "Klien")),
                signatories, events);
    }

    /** A hand-drawn-looking signature as the signing pad would send it (PNG). */
    public static byte[] drawnSignature() {
        BufferedImage image = new BufferedImage(400, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(20, 40, 120));
        g.setStroke(new BasicStroke(4));
        int[] xs = {20, 70, 110, 150, 200, 240, 290, 340, 380};
        int[] ys = {90, 30, 95, 25, 80, 35, 90, 40, 70};
        g.drawPolyline(xs, ys, xs.length);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
