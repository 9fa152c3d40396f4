package io.klien.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.klien.documents.DocumentType;
import io.klien.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ContentSnifferTests {

    static @Nullable DocumentType detect(byte[] content) {
        return ContentSniffer.detect(content, true, "");
    }

    static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(("<content of " + entry + "/>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static void assertRefused(byte[] content, String key) {
        assertThatThrownBy(() -> detect(content)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void documentsAndImagesAreKnownByTheirMagicBytes() {
        assertThat(detect(ascii("%PDF-1.4\n%\u00e2\u00e3"))).isEqualTo(DocumentType.PDF);
        assertThat(detect(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0))).isEqualTo(DocumentType.PNG);
        assertThat(detect(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'))).isEqualTo(DocumentType.JPEG);
        assertThat(detect(ascii("GIF89a\u0001\u0000"))).isEqualTo(DocumentType.GIF);
        assertThat(detect(ascii("GIF87a\u0001\u0000"))).isEqualTo(DocumentType.GIF);
        assertThat(detect(ascii("RIFF\u0024\u0000\u0000\u0000WEBPVP8 "))).isEqualTo(DocumentType.WEBP);
        assertThat(detect(ascii("RIFF\u0024\u0000\u0000\u0000WAVEfmt "))).as("a RIFF that is no WebP").isNull();
    }

    @Test
    void officeDocumentsAreZipArchivesNamedByTheirParts() throws IOException {
        assertThat(detect(zip("[Content_Types].xml", "_rels/.rels", "word/document.xml"))).isEqualTo(DocumentType.DOCX);
        assertThat(detect(zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml"))).isEqualTo(DocumentType.XLSX);
        assertThat(detect(zip("[Content_Types].xml", "_rels/.rels", "ppt/presentation.xml"))).isEqualTo(DocumentType.PPTX);
        assertThat(detect(zip("word/document.xml"))).as("no content types part").isEqualTo(DocumentType.ZIP);
        assertThat(detect(zip("photos/a.jpg", "photos/b.jpg"))).isEqualTo(DocumentType.ZIP);
        assertThat(detect(bytes('P', 'K', 5, 6, 0, 0, 0, 0))).as("an empty archive").isEqualTo(DocumentType.ZIP);
    }

    @Test
    void programsAreRefusedWhateverTheyAreCalled() {
        assertRefused(ascii("MZ\u0090\u0000\u0003"), "documents.type.executable");
        assertRefused(bytes(0x7F, 'E', 'L', 'F', 2, 1, 1), "documents.type.executable");
        assertRefused(bytes(0xCF, 0xFA, 0xED, 0xFE, 7, 0, 0, 1), "documents.type.executable");
        assertRefused(bytes(0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 65), "documents.type.executable");
        assertThatThrownBy(() -> ContentSniffer.detect(ascii("MZ is what this is"), true, "pdf"))
                .as("the name does not matter").isInstanceOf(DomainException.class);
    }

    @Test
    void scriptsAndWebPagesAreRefused() {
        assertRefused(ascii("#!/usr/bin/env python\nprint(1)\n"), "documents.type.script");
        assertRefused("\uFEFF<?php echo 1; ?>".getBytes(StandardCharsets.UTF_8), "documents.type.script");
        assertRefused(ascii("\n\n  <!DOCTYPE html><html></html>"), "documents.type.script");
        assertRefused(ascii("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"), "documents.type.script");
        assertRefused(ascii("<SCRIPT>alert(1)</SCRIPT>"), "documents.type.script");
        assertRefused(ascii("@ECHO OFF\r\ndel *.*\r\n"), "documents.type.script");
    }

    @Test
    void utf8TextIsPlainTextOrCsvByItsName() {
        byte[] text = "Nama;Kota\nPT Maju Jaya;Jakarta\nCafé – Rp 1.000\n".getBytes(StandardCharsets.UTF_8);

        assertThat(ContentSniffer.detect(text, true, "txt")).isEqualTo(DocumentType.TEXT);
        assertThat(ContentSniffer.detect(text, true, "csv")).isEqualTo(DocumentType.CSV);
        assertThat(detect("\uFEFFwith a byte order mark\r\n\tand a tab".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(DocumentType.TEXT);
    }

    @Test
    void binaryOrNonUtf8ContentIsNotText() {
        assertThat(detect(ascii("nul\u0000inside"))).isNull();
        assertThat(detect(ascii("escape \u001b[31m"))).isNull();
        assertThat(detect(ascii("caf\u00e9 in Latin-1"))).isNull();
        assertThat(detect(bytes('a', 0xC0, 0xAF))).as("overlong /").isNull();
        assertThat(detect(bytes('a', 0xED, 0xA0, 0x80))).as("a UTF-16 surrogate").isNull();
        assertThat(detect(bytes('a', 0xF4, 0x90, 0x80, 0x80))).as("past U+10FFFF").isNull();
        assertThat(detect(bytes('a', 0xE2, 0x82))).as("cut inside a character at the end").isNull();
        assertThat(ContentSniffer.detect(bytes('a', 0xE2, 0x82), false, ""))
                .as("a head may end inside a character; the rest follows").isEqualTo(DocumentType.TEXT);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused(new byte[0], "documents.empty");
    }
}
