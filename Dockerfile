# syntax=docker/dockerfile:1
# Stage 1: front-end assets from npm (Bootstrap and its icons; no build step beyond install).
FROM node:20-bookworm-slim AS assets
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

# Stage 2: the Python app on gunicorn.
FROM python:3.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 DJANGO_ENV=production
WORKDIR /app
RUN useradd --create-home --uid 1000 detach
COPY pyproject.toml README.md ./
RUN pip install --no-cache-dir .
COPY . .
COPY --from=assets /app/node_modules ./node_modules
# collectstatic needs settings to load; these build-time values are thrown away.
RUN DJANGO_SECRET_KEY=build DJANGO_ALLOWED_HOSTS=build \
    FIELD_ENCRYPTION_KEY=YnVpbGQtb25seS1rZXktYnVpbGQtb25seS1rZXktIQ== \
    python manage.py collectstatic --noinput \
    && chown -R detach /app
USER detach
EXPOSE 8000
CMD ["gunicorn", "detach.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "2", "--access-logfile", "-", "--access-logformat", "%(h)s %(t)s \"%(m)s %(U)s\" %(s)s %(b)s %(L)ss"]
