import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ConnectionType } from "../../graphql/connection";
import { AdminContactFields, ContactInputFields } from "../contact/contact.admin.types";
import { ProducerType } from "./producer.entity";

/** A producer as staff see it: everything, including unpublished contact data. */
@ObjectType("Producer")
export class AdminProducerObject extends AdminContactFields {
  @Field(() => ID) id: number;
  @Field() slug: string;
  @Field() name: string;
  @Field(() => ProducerType) type: ProducerType;
  @Field(() => String, { nullable: true }) descriptionVi: string | null;
  @Field(() => String, { nullable: true }) descriptionEn: string | null;
  @Field(() => String, { nullable: true }) descriptionZh: string | null;
  @Field(() => String, { nullable: true, description: "As the certification decision printed it" }) addressAsReported:
    string | null;
  @Field(() => String, { nullable: true, description: "Staff-only: research remarks, never public" }) internalNote:
    string | null;
  @Field(() => String, { nullable: true }) productionCapacity: string | null;
  @Field(() => String, { nullable: true }) productionCapacityEn: string | null;
  @Field(() => String, { nullable: true }) productionCapacityZh: string | null;
  @Field(() => String, { nullable: true }) minimumOrder: string | null;
  @Field(() => String, { nullable: true }) minimumOrderEn: string | null;
  @Field(() => String, { nullable: true }) minimumOrderZh: string | null;
  @Field(() => String, { nullable: true }) packaging: string | null;
  @Field(() => String, { nullable: true }) packagingEn: string | null;
  @Field(() => String, { nullable: true }) packagingZh: string | null;
  @Field(() => String, { nullable: true }) shelfLife: string | null;
  @Field(() => String, { nullable: true }) shelfLifeEn: string | null;
  @Field(() => String, { nullable: true }) shelfLifeZh: string | null;
  @Field(() => String, { nullable: true, description: "Standards and certificates held, e.g. VietGAP" }) standards:
    string | null;
  @Field(() => String, { nullable: true }) standardsEn: string | null;
  @Field(() => String, { nullable: true }) standardsZh: string | null;
  @Field(() => Float, { nullable: true }) latitude: number | null;
  @Field(() => Float, { nullable: true }) longitude: number | null;
  @Field() isDemo: boolean;
  @Field(() => Int) version: number;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
}

export const AdminProducerConnection = ConnectionType(AdminProducerObject, "Producer");

export enum AdminProducerSort {
  NAME = "NAME",
  UPDATED_DESC = "UPDATED_DESC",
}
registerEnumType(AdminProducerSort, {
  name: "AdminProducerSort",
  description: "NAME: A to Z, diacritics aside; UPDATED_DESC: last changed first. Ties in id order",
});

@InputType()
export class AdminProducerFilter {
  @Field({ nullable: true }) search?: string;
  @Field({ nullable: true }) communeCode?: string;
  @Field(() => ProducerType, { nullable: true }) type?: ProducerType;
}

@InputType()
export class ProducerInput extends ContactInputFields {
  @Field() name: string;
  @Field(() => ProducerType) type: ProducerType;
  @Field(() => String, { nullable: true }) communeCode?: string | null;
  @Field() provinceCode: string;
  @Field(() => String, { nullable: true }) descriptionVi?: string | null;
  @Field(() => String, { nullable: true }) descriptionEn?: string | null;
  @Field(() => String, { nullable: true }) descriptionZh?: string | null;
  @Field(() => String, { nullable: true }) addressAsReported?: string | null;
  @Field(() => String, { nullable: true, description: "Staff-only: research remarks, never public" }) internalNote?:
    string | null;
  @Field(() => String, { nullable: true }) productionCapacity?: string | null;
  @Field(() => String, { nullable: true }) productionCapacityEn?: string | null;
  @Field(() => String, { nullable: true }) productionCapacityZh?: string | null;
  @Field(() => String, { nullable: true }) minimumOrder?: string | null;
  @Field(() => String, { nullable: true }) minimumOrderEn?: string | null;
  @Field(() => String, { nullable: true }) minimumOrderZh?: string | null;
  @Field(() => String, { nullable: true }) packaging?: string | null;
  @Field(() => String, { nullable: true }) packagingEn?: string | null;
  @Field(() => String, { nullable: true }) packagingZh?: string | null;
  @Field(() => String, { nullable: true }) shelfLife?: string | null;
  @Field(() => String, { nullable: true }) shelfLifeEn?: string | null;
  @Field(() => String, { nullable: true }) shelfLifeZh?: string | null;
  @Field(() => String, { nullable: true }) standards?: string | null;
  @Field(() => String, { nullable: true }) standardsEn?: string | null;
  @Field(() => String, { nullable: true }) standardsZh?: string | null;
  @Field(() => Float, { nullable: true }) latitude?: number | null;
  @Field(() => Float, { nullable: true }) longitude?: number | null;
}
