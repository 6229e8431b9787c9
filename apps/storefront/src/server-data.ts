/** The id of the <script type="application/json"> holding the Apollo cache the server rendered with. */
export const SERVER_DATA_ID = "ocop-server-data";
