import { Link } from "wouter";
import { SearchBox } from "../../components/SearchBox";
import { useT } from "../../i18n/i18n";
import { usePageMeta } from "../../lib/usePageMeta";
import { paths } from "@ocop/schema/routes";

/** The 404 page: also what the API's index.html fallback shows for unknown paths (noindex). */
export default function NotFoundPage() {
  const t = useT();
  usePageMeta(t("notFound.title"), t("notFound.body"), true);
  return (
    <div className="container stack-lg narrow">
      <p className="big-code" aria-hidden="true">
        404
      </p>
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
      <SearchBox />
      <ul className="link-list" role="list">
        <li>
          <Link href={paths.home()}>{t("nav.home")}</Link>
        </li>
        <li>
          <Link href={paths.catalog()}>{t("catalog.title")}</Link>
        </li>
        <li>
          <Link href={paths.communes()}>{t("nav.communes")}</Link>
        </li>
      </ul>
    </div>
  );
}
