import type { AdministrativeUnitType } from "@ocop/schema/public";
import { useT } from "../i18n/i18n";

type Unit = { name: string; type: AdministrativeUnitType; province?: { name: string } | null };

/**
 * A commune/ward always with its unit type and province ("Xã Chi Lăng, tỉnh Lạng Sơn"): names
 * repeat across provinces and between a xã and a former phường.
 */
export function usePlaceLabel() {
  const t = useT();
  return (unit: Unit, withProvince = true): string => {
    const own = t(`unit.${unit.type}`, { name: unit.name });
    return withProvince && unit.province
      ? t("place.inProvince", { unit: own, province: t("unit.PROVINCE", { name: unit.province.name }) })
      : own;
  };
}

export function Place({ unit, withProvince = true }: { unit: Unit; withProvince?: boolean }) {
  const label = usePlaceLabel();
  return <>{label(unit, withProvince)}</>;
}
