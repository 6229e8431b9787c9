import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { connectionComplexity, pageOf } from "../../graphql/connection";
import type { AdministrativeUnit, Province } from "./place.entity";
import {
  communeByCode,
  listAdministrativeUnits,
  listCommunesByProvince,
  listProvinces,
  unitsOfGroup,
} from "./place.service";
import {
  AdministrativeUnitConnection,
  AdministrativeUnitFilter,
  AdministrativeUnitObject,
  ProvinceObject,
  ProvinceUnitsObject,
} from "./place.types";
import { provinceOf } from "./place.fields";
import { isCentralCity, provinceNameIn } from "@ocop/schema/provinces";

/** Public queries over places. */
@Resolver()
export class PlaceQueryResolver {
  @Query(() => [ProvinceObject], { description: "The provinces that have data here" })
  provinces(@Ctx() ctx: RequestContext): Promise<Province[]> {
    return listProvinces(ctx);
  }

  @Query(() => AdministrativeUnitConnection, { complexity: connectionComplexity })
  communes(
    @Ctx() ctx: RequestContext,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("filter", () => AdministrativeUnitFilter, { nullable: true }) filter?: AdministrativeUnitFilter,
  ) {
    return listAdministrativeUnits(ctx, filter, pageOf(first, after));
  }

  @Query(() => [ProvinceUnitsObject], {
    description: "The site's communes/wards grouped by province (by name), with their counts: the communes page",
  })
  communesByProvince(
    @Ctx() ctx: RequestContext,
    @Arg("withProducts", () => Boolean, { nullable: true, description: "Only units with published products" })
    withProducts: boolean | null,
    @Arg("provinceCode", () => String, { nullable: true, description: "This province's group alone" })
    provinceCode: string | null,
  ) {
    return listCommunesByProvince(ctx, withProducts ?? false, provinceCode);
  }

  @Query(() => AdministrativeUnitObject, { nullable: true })
  commune(@Ctx() ctx: RequestContext, @Arg("code") code: string) {
    return communeByCode(ctx, code);
  }
}

/** Fields of AdministrativeUnit, shared by the public and staff schemas. */
@Resolver(() => AdministrativeUnitObject)
export class AdministrativeUnitFieldResolver {
  @FieldResolver(() => ProvinceObject)
  async province(@Root() unit: AdministrativeUnit, @Ctx() ctx: RequestContext) {
    return provinceOf(ctx, unit.provinceCode);
  }

  @FieldResolver(() => Int, { description: "Published products whose producer is in this unit" })
  productCount(@Root() unit: AdministrativeUnit, @Ctx() ctx: RequestContext) {
    return ctx.loaders.publishedProductCountByCommuneCode.load(unit.code);
  }
}

/** Fields of Province, shared by the public and staff schemas. */
@Resolver(() => ProvinceObject)
export class ProvinceFieldResolver {
  @FieldResolver(() => String, { description: "The short name (Lạng Sơn); in Chinese, its Chinese name (谅山)" })
  name(@Root() province: Province, @Ctx() ctx: RequestContext): string {
    return provinceNameIn(ctx.lang, province);
  }

  @FieldResolver(() => Boolean, {
    description: "A centrally-run city (Hà Nội, Huế…), to be called a city rather than a province",
  })
  isCity(@Root() province: Province): boolean {
    return isCentralCity(province.fullName);
  }
}

/** Fields of a province's group of communes/wards (communesByProvince). */
@Resolver(() => ProvinceUnitsObject)
export class ProvinceUnitsFieldResolver {
  @FieldResolver(() => ProvinceObject)
  province(@Root() group: ProvinceUnitsObject, @Ctx() ctx: RequestContext) {
    return provinceOf(ctx, group.provinceCode);
  }

  // Unpaged: a province has at most a few hundred units (168 in the largest), about 100 on average.
  @FieldResolver(() => [AdministrativeUnitObject], {
    description: "The group's units, by name",
    complexity: ({ childComplexity }) => 1 + 100 * childComplexity,
  })
  units(@Root() group: ProvinceUnitsObject, @Ctx() ctx: RequestContext) {
    return unitsOfGroup(ctx, group);
  }
}
