"""The central sync server: FastAPI app, its own store, admin commands (`fieldsessions-server`)."""
