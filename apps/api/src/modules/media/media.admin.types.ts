import { Field, ID, InputType, Int, ObjectType } from "type-graphql";

@ObjectType("Image")
export class AdminImageObject {
  @Field(() => ID) id: number;
  @Field() altVi: string;
  @Field(() => String, { nullable: true }) altEn: string | null;
  @Field(() => String, { nullable: true }) altZh: string | null;
  @Field(() => Int) width: number;
  @Field(() => Int) height: number;
  @Field(() => Int) position: number;
  @Field(() => Int) version: number;
}

@InputType()
export class ImageUpdateInput {
  @Field() altVi: string;
  @Field(() => String, { nullable: true }) altEn?: string | null;
  @Field(() => String, { nullable: true }) altZh?: string | null;
}
