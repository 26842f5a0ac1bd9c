/**
 * The term of a canonical skill name, as story matching counts it.
 * @example skillTerm('PostgreSQL') // 'skill:postgresql'
 */
export function skillTerm(name: string): string {
  return `skill:${name.toLowerCase()}`;
}
