"""The reader function: lists the documents bucket (the bucket name comes from the stack)."""
import os

import boto3


def handler(event, context):
    response = boto3.client("s3").list_objects_v2(Bucket=os.environ["DOCUMENTS_BUCKET"], MaxKeys=100)
    return {"documents": [item["Key"] for item in response.get("Contents", [])]}
