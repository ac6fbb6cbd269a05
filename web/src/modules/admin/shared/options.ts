import type { TFunction } from 'i18next';
import type { Option } from '../../../ui/Select';

/** Options for a select or checkbox group from a list of codes, labelled via i18n (`<prefix>.<code>`). */
export function codeOptions<K extends string>(t: TFunction, prefix: string, codes: readonly K[]): Option<K>[] {
  return codes.map((id) => ({ id, label: t(`${prefix}.${id}`) }));
}
