import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType("ImageVariant", { description: "One resized rendition of an image, for srcset" })
export class ImageVariantObject {
  @Field()
  url: string;

  @Field(() => Int)
  width: number;

  @Field(() => Int)
  height: number;

  @Field({ description: "webp, avif or jpeg" })
  format: string;
}

@ObjectType("Image")
export class ImageObject {
  @Field(() => ID)
  id: number;

  @Field(() => Int)
  width: number;

  @Field(() => Int)
  height: number;
}
