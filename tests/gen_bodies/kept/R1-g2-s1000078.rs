// finding: R1-cancel-in-teardown-goes-on
// seed: 1000078
// expect `take 1 mid 1 cancel` => item Ok(1) s3 w8- w8- w8- t4 gaveup w5- t4. cancel=Ok
// expect `take 1 mid 2 cancel` => item Ok(1) s3 w8- w8- w8- t4 gaveup w5- t4. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    yield_!(Ok(1));
    let b2: u32 = 'l2: {
        ctx.log("s3");
        teardown! {
            ctx.log("t4");
            W::new(&ctx, 5, 2).await;
            ctx.log("t4.");
        }
        let Some(v6) = ctx.opt(6, 0b110, 3) else {
            'l7: for _ in 0..3 {
                W::new(&ctx, 8, 0).await;
            }
            let Some(v9) = ctx.opt(9, 0b0, 3) else {
                ctx.check(10, 0b10, 2)?;
                break 'l2 42;
            };
            ctx.log(format!("L{v9}"));
            return;
        };
        ctx.log(format!("L{v6}"));
        37
    };
    ctx.log(format!("b2={b2}"));
}
