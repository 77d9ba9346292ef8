import type { Forecast } from "../../model/forecast";

/** What each Actuals form works on: the forecast of the chosen scenario, and a refresh after it writes. */
export interface ActualsFormProps {
  readonly forecast: Forecast;
  readonly scenario: string;
  readonly onChanged: () => Promise<void>;
}
