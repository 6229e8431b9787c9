import { useState } from "react";
import { useT } from "../../i18n/i18n";

type Codes = { svg: string; png: string; url: string };

/**
 * A QR code of the page's address for print (shelf cards, fair tables). The QR library is
 * fetched only when the block is opened, so it never weighs on the first visit.
 */
export function QrBlock({ path, fileName }: { path: string; fileName: string }) {
  const t = useT();
  const [codes, setCodes] = useState<Codes | null>(null);
  const [failed, setFailed] = useState(false);

  const load = async () => {
    if (codes) return;
    // The full address is known in the browser only (the server renders this closed block too).
    const url = `${window.location.origin}${path}`;
    try {
      const QR = (await import("qrcode")).default;
      const opts = { errorCorrectionLevel: "M" as const, margin: 2, color: { dark: "#1a1a1a", light: "#ffffff" } };
      const [svg, png] = await Promise.all([
        QR.toString(url, { ...opts, type: "svg" }),
        QR.toDataURL(url, { ...opts, width: 1024 }),
      ]);
      setCodes({ svg: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, png, url });
    } catch {
      setFailed(true);
    }
  };

  return (
    <details
      className="qr"
      onToggle={(e) => {
        if ((e.currentTarget as HTMLDetailsElement).open) void load();
      }}
    >
      <summary>{t("qr.title")}</summary>
      <div className="qr__body">
        <p className="muted small">{t("qr.explain")}</p>
        {codes ? (
          <>
            <img src={codes.svg} width={200} height={200} alt={t("qr.alt", { url: codes.url })} className="qr__img" />
            <p className="qr__url">{codes.url}</p>
            <p className="qr__actions">
              <a className="button" href={codes.png} download={`${fileName}.png`}>
                {t("qr.downloadPng")}
              </a>
              <a className="button" href={codes.svg} download={`${fileName}.svg`}>
                {t("qr.downloadSvg")}
              </a>
            </p>
          </>
        ) : failed ? (
          <p role="alert">{t("qr.failed")}</p>
        ) : (
          <p role="status">{t("state.loading")}</p>
        )}
      </div>
    </details>
  );
}
