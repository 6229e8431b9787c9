import { Link } from "wouter";
import { GroupArt } from "../../components/GroupArt";
import { OfficeContact } from "../../components/OfficeContact";
import { Stars } from "../../components/Stars";
import { useLang, useT } from "../../i18n/i18n";
import { PRODUCT_GROUP_CODES } from "../../lib/groups";
import { usePageMeta } from "../../lib/usePageMeta";
import { useSiteScope } from "../../lib/useSiteScope";
import { catalogHref } from "../catalog/filters";
import { ABOUT } from "./content";

export default function AboutPage() {
  const t = useT();
  const c = ABOUT[useLang()];
  const site = useSiteScope();
  usePageMeta(c.title, c.description);
  return (
    <div className="container stack-lg narrow">
      <h1>{c.title}</h1>
      <p className="lead">{c.intro}</p>
      <p>{c.purpose(site)}</p>

      <section aria-labelledby="about-groups" className="stack">
        <h2 id="about-groups">{c.groupsTitle}</h2>
        <ul className="about-groups" role="list">
          {PRODUCT_GROUP_CODES.map((code) => (
            <li key={code}>
              <GroupArt group={code} className="about-groups__art" />
              <div>
                <h3>
                  <Link href={catalogHref({ group: code })}>{t(`group.${code}`)}</Link>
                </h3>
                <p>{c.groups[code]}</p>
              </div>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="about-stars" className="stack">
        <h2 id="about-stars">{c.starsTitle}</h2>
        <ul className="about-stars" role="list">
          {[...c.stars].reverse().map((s) => (
            <li key={s.n}>
              <Stars count={s.n} badge />
              <p>{s.text}</p>
            </li>
          ))}
        </ul>
        <p>{c.starsNote}</p>
      </section>

      <section aria-labelledby="about-validity" className="stack-sm">
        <h2 id="about-validity">{c.validityTitle}</h2>
        {c.validity.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </section>

      <OfficeContact headingId="about-office" className="panel stack-sm" />

      <section aria-labelledby="about-demo" className="panel panel--demo stack-sm">
        <h2 id="about-demo">{c.demoTitle}</h2>
        {c.demo.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </section>
    </div>
  );
}
