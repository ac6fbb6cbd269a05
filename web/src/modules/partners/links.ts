/** A `tel:` address from a phone number as people write it ("+48 22 123 45 67" → "tel:+48221234567"). */
export const telHref = (phone: string) => `tel:${phone.replace(/[^+0-9]/g, '')}`;
