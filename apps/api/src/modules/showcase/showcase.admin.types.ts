import { LocalDateResolver } from "graphql-scalars";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { ConnectionType } from "../../graphql/connection";
import { ShowcaseEventKind } from "./showcase.entity";

@ObjectType("ShowcaseEvent")
export class AdminShowcaseEventObject {
  @Field(() => ID) id: number;
  @Field() slug: string;
  @Field() nameVi: string;
  @Field(() => String, { nullable: true }) nameEn: string | null;
  @Field(() => String, { nullable: true }) nameZh: string | null;
  @Field(() => String, { nullable: true }) descriptionVi: string | null;
  @Field(() => String, { nullable: true }) descriptionEn: string | null;
  @Field(() => String, { nullable: true }) descriptionZh: string | null;
  @Field(() => ShowcaseEventKind) kind: ShowcaseEventKind;
  @Field(() => String, { nullable: true }) venueName: string | null;
  @Field(() => String, { nullable: true }) venueNameEn: string | null;
  @Field(() => String, { nullable: true }) venueNameZh: string | null;
  @Field(() => String, { nullable: true }) venueAddress: string | null;
  @Field(() => LocalDateResolver) startsOn: string;
  @Field(() => LocalDateResolver) endsOn: string;
  @Field(() => String, { nullable: true }) organizer: string | null;
  @Field(() => String, { nullable: true }) organizerEn: string | null;
  @Field(() => String, { nullable: true }) organizerZh: string | null;
  @Field() published: boolean;
  @Field() isDemo: boolean;
  @Field(() => Int) version: number;
}

export const AdminShowcaseEventConnection = ConnectionType(AdminShowcaseEventObject, "ShowcaseEvent");

@ObjectType("ShowcaseTable")
export class AdminShowcaseTableObject {
  @Field(() => ID) id: number;
  @Field(() => Int) number: number;
  @Field(() => String, { nullable: true }) label: string | null;
  @Field(() => String, { nullable: true }) labelEn: string | null;
  @Field(() => String, { nullable: true }) labelZh: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => String, { nullable: true, description: "Staff-only: research remarks, never public" }) internalNote:
    string | null;
  @Field() isDemo: boolean;
  @Field(() => Int) version: number;
}

@InputType()
export class ShowcaseEventInput {
  @Field() nameVi: string;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => String, { nullable: true }) nameZh?: string | null;
  @Field(() => String, { nullable: true }) descriptionVi?: string | null;
  @Field(() => String, { nullable: true }) descriptionEn?: string | null;
  @Field(() => String, { nullable: true }) descriptionZh?: string | null;
  @Field(() => ShowcaseEventKind) kind: ShowcaseEventKind;
  @Field(() => String, { nullable: true }) venueName?: string | null;
  @Field(() => String, { nullable: true }) venueNameEn?: string | null;
  @Field(() => String, { nullable: true }) venueNameZh?: string | null;
  @Field(() => String, { nullable: true }) venueAddress?: string | null;
  @Field(() => String, { nullable: true }) communeCode?: string | null;
  @Field(() => LocalDateResolver) startsOn: string;
  @Field(() => LocalDateResolver) endsOn: string;
  @Field(() => String, { nullable: true }) organizer?: string | null;
  @Field(() => String, { nullable: true }) organizerEn?: string | null;
  @Field(() => String, { nullable: true }) organizerZh?: string | null;
  @Field(() => Boolean, { nullable: true }) published?: boolean | null;
}

@InputType()
export class ShowcaseTableInput {
  @Field(() => String, { nullable: true }) label?: string | null;
  @Field(() => String, { nullable: true }) labelEn?: string | null;
  @Field(() => String, { nullable: true }) labelZh?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => String, { nullable: true, description: "Staff-only: research remarks, never public" }) internalNote?:
    string | null;
  @Field(() => String, { nullable: true }) communeCode?: string | null;
}

@InputType()
export class TablePlacementInput {
  @Field(() => ID) tableId: string;
  @Field(() => Int) version: number;
  @Field(() => [ID], { description: "The products on the table, in order" }) productIds: string[];
  @Field(() => ShowcaseTableInput, {
    nullable: true,
    description: "The table's label, note and commune/ward, saved with its products when given",
  })
  details?: ShowcaseTableInput | null;
}
