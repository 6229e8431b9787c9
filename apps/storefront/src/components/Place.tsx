import type { AdministrativeUnitType } from "@ocop/schema/public";
import { useT } from "../i18n/i18n";

/** `isCity`: a centrally-run city (Hà Nội, Huế…), called a city, not a province. */
type Province = { name: string; isCity?: boolean };
type Unit = { name: string; type: AdministrativeUnitType; province?: Province | null };

/** "tỉnh Lạng Sơn", "thành phố Huế"; "谅山省", "顺化市". */
export function useProvinceLabel() {
  const t = useT();
  return (province: Province): string => t(province.isCity ? "unit.CITY" : "unit.PROVINCE", { name: province.name });
}

/**
 * A commune/ward always with its unit type and province ("Xã Chi Lăng, tỉnh Lạng Sơn"): names
 * repeat across provinces and between a xã and a former phường.
 */
export function usePlaceLabel() {
  const t = useT();
  const provinceLabel = useProvinceLabel();
  return (unit: Unit, withProvince = true): string => {
    const own = t(`unit.${unit.type}`, { name: unit.name });
    return withProvince && unit.province
      ? t("place.inProvince", { unit: own, province: provinceLabel(unit.province) })
      : own;
  };
}

export function Place({ unit, withProvince = true }: { unit: Unit; withProvince?: boolean }) {
  const label = usePlaceLabel();
  return <>{label(unit, withProvince)}</>;
}
