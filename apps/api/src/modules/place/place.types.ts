import { Field, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { AdministrativeUnitType } from "./place.entity";
import { ConnectionType } from "../../graphql/connection";

registerEnumType(AdministrativeUnitType, {
  name: "AdministrativeUnitType",
  description: "xã (commune), phường (ward) or đặc khu (special zone)",
});

@ObjectType("Province", { description: "A province or centrally-run city (34 since 1 July 2025)" })
export class ProvinceObject {
  @Field()
  code: string;

  // `name` is resolved in the reader's language (ProvinceFieldResolver).

  @Field()
  fullName: string;
}

@ObjectType("AdministrativeUnit", { description: "A commune, ward or special zone (the tier below the province)" })
export class AdministrativeUnitObject {
  @Field({ description: "Official code (Tổng cục Thống kê), e.g. 06187" })
  code: string;

  @Field()
  name: string;

  @Field({ description: 'Name with its unit type, e.g. "Phường Kỳ Lừa"' })
  fullName: string;

  @Field(() => AdministrativeUnitType)
  type: AdministrativeUnitType;
}

export const AdministrativeUnitConnection = ConnectionType(AdministrativeUnitObject, "AdministrativeUnit");

@InputType()
export class AdministrativeUnitFilter {
  @Field({ nullable: true })
  provinceCode?: string;

  @Field({ nullable: true, description: "Matches the name with or without diacritics" })
  search?: string;

  @Field({ nullable: true, description: "Only units with published products" })
  withProducts?: boolean;
}

@ObjectType("ProvinceUnits", { description: "The communes/wards the site shows in one province, counted by type" })
export class ProvinceUnitsObject {
  provinceCode: string;

  /** Whether the group holds only units with products: its `units` are the same ones. */
  withProducts: boolean;

  @Field(() => Int, { description: "Units in the group" })
  total: number;

  @Field(() => Int, { description: "Of them, communes (xã)" })
  communes: number;

  @Field(() => Int, { description: "Of them, wards (phường)" })
  wards: number;

  @Field(() => Int, { description: "Of them, special zones (đặc khu)" })
  specialZones: number;
}
