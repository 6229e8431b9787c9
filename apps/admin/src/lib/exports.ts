/**
 * Spreadsheet exports: GET /admin/exports/<path>.xlsx with the list's own URL parameters and the
 * staff member's language. Fetched (not a plain link) so the request carries the CSRF header the
 * API demands and a refusal can be told in the staff member's language instead of a JSON page.
 */
export class ExportError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | null,
    readonly field: string | null,
  ) {
    super(`export failed: ${status} ${code ?? ""}`);
    this.name = "ExportError";
  }
}

/** The export of a list (`products`) or a record's part (`events/12/tables`), for a list URL's query string. */
export function exportUrl(path: string, search: string, lang: string): string {
  const params = new URLSearchParams(search);
  // Paging is the screen's, not the list's: the export holds every matching row.
  params.delete("page");
  params.delete("size");
  params.set("lang", lang);
  return `/admin/exports/${path}.xlsx?${params.toString()}`;
}

/** The file name the API gives in Content-Disposition, else a plain one. */
function fileNameOf(response: Response, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "");
  return match?.[1] ?? fallback;
}

export async function fetchExport(
  url: string,
  fetcher: typeof fetch = fetch,
): Promise<{ blob: Blob; fileName: string }> {
  const response = await fetcher(url, { credentials: "same-origin", headers: { "x-ocop-csrf": "1" } });
  if (!response.ok) {
    let code: string | null = null;
    let field: string | null = null;
    try {
      const body = (await response.json()) as { error?: { code?: string; field?: string } };
      code = body.error?.code ?? null;
      field = body.error?.field ?? null;
    } catch {
      // not JSON (a proxy's page): the status says enough
    }
    throw new ExportError(response.status, code, field);
  }
  return { blob: await response.blob(), fileName: fileNameOf(response, "export.xlsx") };
}

/** Hands a downloaded file to the browser as a download. */
export function saveFile(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the file over; a moment later the memory can go.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
