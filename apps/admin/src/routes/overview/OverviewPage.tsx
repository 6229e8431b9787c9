import { useQuery } from "@apollo/client/react";
import { AdminOverviewDocument } from "@ocop/schema/admin";

const STATUS_LABEL: Record<string, string> = {
  VALID: "Còn hiệu lực",
  EXPIRED: "Hết hiệu lực",
  REVOKED: "Bị thu hồi",
  SUPERSEDED: "Đã thay thế",
};

/** The province office's first look: what is published, and which certificates need re-evaluation. */
export function OverviewPage() {
  const { data, loading, error } = useQuery(AdminOverviewDocument);
  if (loading) return <p aria-busy="true">Đang tải…</p>;
  if (error || !data) return <p role="alert">Không tải được dữ liệu: {error?.message}</p>;
  const { catalogStats, expiredProducts } = data;
  const needsAttention = expiredProducts.edges.filter((e) => e.node.certification?.status !== "VALID");
  return (
    <>
      <h1>Tổng quan danh mục OCOP</h1>
      <p className="demo-note">Dữ liệu minh họa (demo): một số giá trị được điền để trình diễn.</p>
      <section aria-labelledby="totals" className="cards">
        <h2 id="totals" className="visually-hidden">Số liệu chung</h2>
        <div className="card"><span className="big">{catalogStats.totalProducts}</span> sản phẩm công khai</div>
        <div className="card"><span className="big">{catalogStats.totalProducers}</span> chủ thể</div>
        {catalogStats.byStars.map((row) => (
          <div className="card" key={String(row.stars)}>
            <span className="big">{row.count}</span> {row.stars ? `sản phẩm ${row.stars} sao còn hiệu lực` : "chưa có chứng nhận còn hiệu lực"}
          </div>
        ))}
      </section>
      <section aria-labelledby="groups">
        <h2 id="groups">Theo nhóm sản phẩm</h2>
        <table>
          <thead><tr><th scope="col">Nhóm</th><th scope="col">Sản phẩm</th></tr></thead>
          <tbody>
            {catalogStats.byCategory.map((row) => (
              <tr key={row.category.code}><td>{row.category.name}</td><td>{row.count}</td></tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="expired">
        <h2 id="expired">Chứng nhận cần đánh giá lại ({needsAttention.length})</h2>
        <table>
          <thead>
            <tr><th scope="col">Sản phẩm</th><th scope="col">Chủ thể</th><th scope="col">Sao</th><th scope="col">Hiệu lực đến</th><th scope="col">Tình trạng</th></tr>
          </thead>
          <tbody>
            {needsAttention.map(({ node }) => (
              <tr key={node.slug}>
                <td><a href={`/san-pham/${node.slug}`}>{node.name}</a>{node.isDemo ? " (demo)" : ""}</td>
                <td>{node.producer.name}</td>
                <td>{node.certification?.stars ?? "–"}</td>
                <td>{node.certification?.validUntil ?? "–"}</td>
                <td>{STATUS_LABEL[node.certification?.status ?? ""] ?? "Chưa có"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="communes">
        <h2 id="communes">Theo xã, phường</h2>
        <ul className="columns">
          {catalogStats.byCommune.map((row) => (
            <li key={row.commune.code}>{row.commune.fullName}: {row.count}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
