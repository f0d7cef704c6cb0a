/**
 * Flying the map to a selected event's city, and staying on course: a flight keeps the screen point
 * it set out for, so if the map's size changes under it (the legend below rewraps for the selected
 * event) it would land off the city by half the change; it flies on from where the map is instead.
 */
import type { Map as MapLibreMap, MapLibreEvent } from 'maplibre-gl';

export class Flights {
  /** the flight under way, until its own `moveend` (told apart by `flightId`) */
  #current: { id: number; lon: number; lat: number; zoom: number } | undefined;
  #count = 0;

  constructor(readonly map: MapLibreMap) {
    map.on('resize', () => {
      const flight = this.#current;
      if (flight && map.isMoving()) this.fly(flight.lon, flight.lat, flight.zoom);
    });
    map.on('moveend', (event: MapLibreEvent & { flightId?: number }) => {
      if (this.#current && event.flightId === this.#current.id) this.#current = undefined;
    });
  }

  /** Flies to the point unless the map is already centred there. */
  toward(lon: number, lat: number, zoom: number) {
    const centre = this.map.getCenter();
    if (Math.abs(centre.lng - lon) < 1e-6 && Math.abs(centre.lat - lat) < 1e-6) return;
    this.fly(lon, lat, zoom);
  }

  fly(lon: number, lat: number, zoom: number) {
    // a new id each time: the `moveend` of the flight this one interrupts comes during this call
    const flight = (this.#current = { id: ++this.#count, lon, lat, zoom });
    this.map.flyTo({ center: [lon, lat], zoom, essential: false }, { flightId: flight.id });
  }
}
