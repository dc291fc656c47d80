"""Alert delivery channels (I/O): webhooks now; every channel is an ``AlertSink``."""
