from django.urls import path

from analytics import collect

app_name = "analytics"
urlpatterns = [path("event/", collect.beacon, name="beacon")]
