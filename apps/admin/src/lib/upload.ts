/**
 * Image upload over plain HTTP (not GraphQL): POST /admin/media/products/<id>/images, multipart
 * with `file` (and `altVi`), the CSRF header and the session cookie. XMLHttpRequest, not fetch,
 * because it reports upload progress.
 */
export interface UploadedImage {
  id: string;
  url: string;
  altVi: string;
  width: number;
  height: number;
  position: number;
  version: number;
}

export class UploadError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | null,
    readonly field: string | null,
  ) {
    super(message);
    this.name = "UploadError";
  }
}

export function imageUploadUrl(productId: string): string {
  return `/admin/media/products/${encodeURIComponent(productId)}/images`;
}

export interface UploadHandle {
  promise: Promise<UploadedImage>;
  abort(): void;
}

export function uploadProductImage(
  productId: string,
  file: File,
  options: { altVi?: string; onProgress?: (fraction: number) => void; xhr?: () => XMLHttpRequest } = {},
): UploadHandle {
  const xhr = options.xhr ? options.xhr() : new XMLHttpRequest();
  const promise = new Promise<UploadedImage>((resolve, reject) => {
    const body = new FormData();
    body.append("file", file);
    if (options.altVi) body.append("altVi", options.altVi);
    xhr.open("POST", imageUploadUrl(productId));
    xhr.withCredentials = true;
    xhr.setRequestHeader("x-ocop-csrf", "1");
    xhr.setRequestHeader("accept", "application/json");
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) options.onProgress?.(e.loaded / e.total);
    };
    xhr.onload = () => {
      let json: unknown = null;
      try {
        json = JSON.parse(xhr.responseText);
      } catch {
        // not JSON
      }
      if (xhr.status === 201 || xhr.status === 200) {
        const image = (json as { image?: UploadedImage } | null)?.image;
        if (image) {
          options.onProgress?.(1);
          resolve(image);
          return;
        }
      }
      const err = (json as { error?: { code?: string; message?: string; field?: string } } | null)?.error;
      reject(
        new UploadError(
          err?.message ?? xhr.statusText ?? "Upload failed",
          xhr.status,
          err?.code ?? null,
          err?.field ?? null,
        ),
      );
    };
    xhr.onerror = () => reject(new UploadError("Network error", 0, "NETWORK", null));
    xhr.onabort = () => reject(new UploadError("Aborted", 0, "ABORTED", null));
    xhr.send(body);
  });
  return { promise, abort: () => xhr.abort() };
}

/** Moves one item of a list (reordering by buttons or drag and drop). */
export function move<T>(items: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || from >= items.length || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

/** The site logo as stored (POST /admin/media/site/logo answers with it and the settings' new version). */
export interface UploadedLogo {
  logoUrl: string;
  logoWidth: number;
  logoHeight: number;
  version: number;
}

/**
 * Uploads the site's logo over plain HTTP, as photos are: multipart `file`, the CSRF header and
 * the session cookie; `version` is the settings' version the administrator saw.
 */
export async function uploadSiteLogo(version: number, file: File): Promise<UploadedLogo> {
  const body = new FormData();
  body.append("file", file);
  let response: Response;
  try {
    response = await fetch(`/admin/media/site/logo?version=${encodeURIComponent(String(version))}`, {
      method: "POST",
      credentials: "same-origin",
      headers: { "x-ocop-csrf": "1", accept: "application/json" },
      body,
    });
  } catch {
    throw new UploadError("Network error", 0, "NETWORK", null);
  }
  const json: unknown = await response.json().catch(() => null);
  const settings = (json as { settings?: UploadedLogo } | null)?.settings;
  if (response.ok && settings) return settings;
  const err = (json as { error?: { code?: string; message?: string; field?: string } } | null)?.error;
  throw new UploadError(err?.message ?? response.statusText, response.status, err?.code ?? null, err?.field ?? null);
}
