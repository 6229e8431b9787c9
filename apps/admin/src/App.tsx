import { OverviewPage } from "./routes/overview/OverviewPage";

export function App() {
  return (
    <>
      <header className="topbar">
        <strong>OCOP Lạng Sơn · Quản trị</strong>
        <a href="/">Xem trang công khai</a>
      </header>
      <main id="main">
        <OverviewPage />
      </main>
    </>
  );
}
