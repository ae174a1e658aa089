# syntax=docker/dockerfile:1
# Build: docker build -t newsapi .
# Run:   docker run -p 8080:8080 -v newsapi-data:/app/data -e NewsApi__ApiKeys__0=change-me newsapi
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig NewsApi.sln ./
COPY src/NewsApi/NewsApi.csproj src/NewsApi/
COPY src/NewsApi.Analysis/NewsApi.Analysis.csproj src/NewsApi.Analysis/
RUN dotnet restore src/NewsApi/NewsApi.csproj
COPY src/ src/
COPY seeds/ seeds/
RUN dotnet publish src/NewsApi/NewsApi.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The database lives on a volume; the image's non-root user (uid 1654) owns it.
RUN mkdir -p /app/data && chown -R app:app /app/data
VOLUME /app/data
USER app
ENV ASPNETCORE_URLS=http://+:8080 \
    ConnectionStrings__News="Data Source=/app/data/news.db"
# Readiness: GET /health (database check); liveness: GET /alive.
EXPOSE 8080
ENTRYPOINT ["dotnet", "NewsApi.dll"]
