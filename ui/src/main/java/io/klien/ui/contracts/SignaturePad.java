package io.klien.ui.contracts;

import java.util.Base64;
import java.util.function.Consumer;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;

/**
 * A small canvas to draw a signature on with a finger, pen or mouse; its drawing leaves the browser only as a PNG,
 * when the signatory signs.
 */
@Tag("canvas")
class SignaturePad extends Component implements HasSize {

    static final int WIDTH = 600;
    static final int HEIGHT = 200;

    private static final String DRAWING = """
            const pad = this;
            if (pad.klienReady) { return; }
            pad.klienReady = true;
            const pen = pad.getContext('2d');
            pen.lineWidth = 3; pen.lineCap = 'round'; pen.lineJoin = 'round'; pen.strokeStyle = '#1b2a4a';
            let down = false;
            const at = e => {
              const r = pad.getBoundingClientRect();
              return [(e.clientX - r.left) * pad.width / r.width, (e.clientY - r.top) * pad.height / r.height];
            };
            pad.addEventListener('pointerdown', e => {
              down = true;
              pad.setPointerCapture(e.pointerId);
              const [x, y] = at(e);
              pen.beginPath(); pen.moveTo(x, y); pen.lineTo(x + 0.5, y + 0.5); pen.stroke();
              pad.klienDrawn = true;
              e.preventDefault();
            });
            pad.addEventListener('pointermove', e => {
              if (!down) { return; }
              const [x, y] = at(e);
              pen.lineTo(x, y); pen.stroke();
              e.preventDefault();
            });
            const up = () => { down = false; };
            pad.addEventListener('pointerup', up);
            pad.addEventListener('pointercancel', up);
            pad.klienClear = () => { pen.clearRect(0, 0, pad.width, pad.height); pad.klienDrawn = false; };
            """;

    SignaturePad() {
        setId("signing-pad");
        addClassName("klien-signature-pad");
        getElement().setAttribute("width", String.valueOf(WIDTH));
        getElement().setAttribute("height", String.valueOf(HEIGHT));
        getElement().setAttribute("role", "img");
    }

    void setLabel(String label) {
        getElement().setAttribute("aria-label", label);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs(DRAWING);
    }

    void clear() {
        getElement().executeJs("if (this.klienClear) { this.klienClear(); }");
    }

    /** The drawing as PNG bytes, or {@code empty} when nothing was drawn. */
    void png(Consumer<byte[]> drawn, Runnable empty) {
        getElement().executeJs("return this.klienDrawn ? this.toDataURL('image/png') : ''").then(String.class,
                url -> {
                    int comma = url == null ? -1 : url.indexOf(',');
                    if (comma < 0) {
                        empty.run();
                    } else {
                        drawn.accept(Base64.getDecoder().decode(url.substring(comma + 1)));
                    }
                });
    }
}
