// The shape of a map block's YAML (docs/map-block.md), as a schema that also writes the user's error messages.
import { z } from 'zod';

const name = z.string().trim().min(1, 'a name cannot be empty').max(200, 'a name is at most 200 characters');
const text = z.string().trim().max(300, 'at most 300 characters');
// YAML reads `643` and `2024` as numbers; they are still names (ISO codes, years) to the user.
const nameOrNumber = z.union([name, z.number().transform(String)]);
const textOrNumber = z.union([text, z.number().transform(String)]);

export const placeKinds = ['country', 'city', 'region', 'other'] as const;

const placeObject = z
  .object({
    name: nameOrNumber,
    lat: z.number('lat must be a number').min(-90, 'lat must be between -90 and 90').max(90, 'lat must be between -90 and 90').optional(),
    lon: z.number('lon must be a number').min(-180, 'lon must be between -180 and 180').max(180, 'lon must be between -180 and 180').optional(),
    kind: z.enum(placeKinds, `kind must be one of ${placeKinds.join(', ')}`).optional(),
    label: textOrNumber.optional(),
  })
  .strict()
  .refine((place) => (place.lat === undefined) === (place.lon === undefined), 'give both lat and lon, or neither');

const list = <T extends z.ZodType>(item: T) => z.array(item, 'expected a list (lines starting with "- ")').max(500, 'at most 500 entries');

export const mapBlockSchema = z
  .object(
    {
      title: textOrNumber.optional(),
      highlight: list(nameOrNumber).optional(),
      places: list(z.union([nameOrNumber, placeObject])).optional(),
      events: list(z.object({ place: nameOrNumber, when: textOrNumber.optional(), what: textOrNumber }).strict()).optional(),
      arrows: list(z.object({ from: nameOrNumber, to: nameOrNumber, label: textOrNumber.optional() }).strict()).optional(),
    },
    'the map block must be a set of "key: value" lines',
  )
  .strict();

export type MapBlockYaml = z.output<typeof mapBlockSchema>;
export const mapBlockKeys = Object.keys(mapBlockSchema.shape);
