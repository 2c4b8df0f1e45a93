"""MunicipalESS: the ESS officer's offline desk tool."""

__version__ = "0.1.0"
APP_NAME = "MunicipalESS"
