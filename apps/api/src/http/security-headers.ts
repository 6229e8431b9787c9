import type { RequestHandler } from "express";
import helmet from "helmet";

/**
 * Security headers of every answer. Scripts run only from this origin: the storefront's inline
 * `<script>` elements are data blocks (the server's Apollo cache as application/json, JSON-LD),
 * which a Content-Security-Policy does not execute, so no inline script ever needs allowing and an
 * injected one is refused. Inline styles stay allowed (the storefront inlines its critical CSS and
 * React writes style attributes); styles cannot run code.
 */
function policy(frameAncestors: "'none'" | "'self'", https: boolean): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "script-src-attr": ["'none'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        // Uploaded photos are served here; QR codes and upload previews are data: and blob: URLs.
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": [frameAncestors],
        // Only behind HTTPS: on plain-HTTP installs it would send every asset to a port nobody serves.
        ...(https ? { "upgrade-insecure-requests": [] } : {}),
      },
    },
    frameguard: { action: frameAncestors === "'none'" ? "deny" : "sameorigin" },
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
    // Product photos are shown by other sites' link previews and may be embedded elsewhere.
    crossOriginResourcePolicy: false,
    // HSTS is the TLS terminator's decision (a proxy in front), not this process's.
    strictTransportSecurity: false,
  });
}

/** The admin may be framed by nobody (clickjacking of staff actions); the storefront by itself only. */
export function securityHeaders(publicUrl: string | undefined): RequestHandler {
  const https = publicUrl?.startsWith("https://") ?? false;
  const admin = policy("'none'", https);
  const storefront = policy("'self'", https);
  return (req, res, next) => (req.path.startsWith("/admin") ? admin : storefront)(req, res, next);
}
