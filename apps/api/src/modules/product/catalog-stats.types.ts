import { Field, Int, ObjectType } from "type-graphql";

@ObjectType("StarCount")
export class StarCountObject {
  @Field(() => Int, { nullable: true, description: "null: no valid certificate today (expired or revoked)" })
  stars: number | null;

  @Field(() => Int)
  count: number;
}

@ObjectType("CategoryCount")
export class CategoryCountObject {
  categoryCode: string;

  @Field(() => Int)
  count: number;
}

@ObjectType("CommuneCount")
export class CommuneCountObject {
  communeCode: string;

  @Field(() => Int)
  count: number;
}

@ObjectType("CatalogStats", { description: "Counts of published products" })
export class CatalogStatsObject {
  @Field(() => Int)
  totalProducts: number;

  @Field(() => Int, { description: "Producers with published products" })
  totalProducers: number;

  @Field(() => [StarCountObject], { description: "By current stars" })
  byStars: StarCountObject[];

  @Field(() => [CategoryCountObject], { description: "By OCOP group" })
  byCategory: CategoryCountObject[];

  @Field(() => [CommuneCountObject], { description: "By the producer's commune/ward" })
  byCommune: CommuneCountObject[];
}
