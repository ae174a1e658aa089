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
# The seed article is a demo: a production container starts empty (NewsApi__SeedOnStartup=true loads it).
ENV ASPNETCORE_URLS=http://+:8080 \
    ConnectionStrings__News="Data Source=/app/data/news.db" \
    NewsApi__SeedOnStartup=false
EXPOSE 8080
# Readiness through the binary's own subcommand: the runtime image has no curl or wget.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["dotnet", "/app/NewsApi.dll", "healthcheck", "--url", "http://127.0.0.1:8080/health"]
ENTRYPOINT ["dotnet", "NewsApi.dll"]
