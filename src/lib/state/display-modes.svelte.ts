/** How the page is shown, as the link chose: embedded, with the map, presenting. */
export class DisplayModes {
  embed = $state(false);
  showMap = $state(false);
  present = $state(false);

  constructor(modes: { embed?: boolean; map?: boolean; present?: boolean } = {}) {
    this.set(modes);
  }

  set(modes: { embed?: boolean; map?: boolean; present?: boolean }) {
    this.embed = modes.embed ?? false;
    this.showMap = modes.map ?? false;
    this.present = modes.present ?? false;
  }
}
