/** Types shared by components. */
export interface Crumb {
  label: string;
  href?: string;
}
