"""Request headers the survey tests share."""

SAME_ORIGIN = {"HTTP_ORIGIN": "http://testserver"}
JSON = {"HTTP_ACCEPT": "application/json"}
